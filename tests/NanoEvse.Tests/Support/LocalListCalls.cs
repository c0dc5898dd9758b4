using System.Linq;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>GetLocalListVersion and SendLocalList as a CSMS sends them, with the answers unpacked.</summary>
    public static class LocalListCalls
    {
        /// <summary>The listVersion GetLocalListVersion answers; the call must succeed.</summary>
        public static int GetLocalListVersion(this ChargerRig rig)
        {
            Frame answer = rig.CallCharger("GetLocalListVersion", "{}");
            Assert.True(answer.Type == 3, "GetLocalListVersion failed: " + answer);
            return answer.Payload.GetProperty("listVersion").GetInt32();
        }

        /// <summary>
        /// The status of a SendLocalList, or the CALLERROR code. <paramref name="entries"/> are JSON
        /// AuthorizationData objects (see <see cref="Entry"/>); null leaves localAuthorizationList out.
        /// </summary>
        public static string SendLocalList(this ChargerRig rig, string updateType, int version, params string[] entries)
        {
            string list = entries == null ? string.Empty : ",\"localAuthorizationList\":[" + string.Join(",", entries) + "]";
            Frame answer = rig.CallCharger("SendLocalList", "{\"listVersion\":" + version + ",\"updateType\":\"" + updateType + "\"" + list + "}");
            return answer.Type == 3 ? answer.Payload.GetProperty("status").GetString() : answer.ErrorCode;
        }

        /// <summary>An AuthorizationData entry; a null <paramref name="status"/> leaves idTagInfo out (a Differential removal).</summary>
        public static string Entry(string idTag, string status = "Accepted", string parentIdTag = null, string expiryDate = null)
        {
            if (status == null)
            {
                return "{\"idTag\":\"" + idTag + "\"}";
            }

            string[] fields = new[]
            {
                "\"status\":\"" + status + "\"",
                parentIdTag == null ? null : "\"parentIdTag\":\"" + parentIdTag + "\"",
                expiryDate == null ? null : "\"expiryDate\":\"" + expiryDate + "\"",
            };
            return "{\"idTag\":\"" + idTag + "\",\"idTagInfo\":{" + string.Join(",", fields.Where(f => f != null)) + "}}";
        }
    }
}
