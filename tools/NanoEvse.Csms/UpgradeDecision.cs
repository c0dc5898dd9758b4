using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace NanoEvse.Csms
{
    /// <summary>The outcome of checking one upgrade request: accepted for a charge point, or an HTTP error status.</summary>
    internal sealed class UpgradeDecision
    {
        public int Status;
        public string Reason;
        public string ChargePointId;

        public bool Accepted => Status == StatusCodes.Status101SwitchingProtocols;

        /// <summary>The error status with the reason as a plain-text body; the connection closes after it.</summary>
        public async Task WriteRefusalAsync(HttpResponse response)
        {
            response.StatusCode = Status;
            if (Status == StatusCodes.Status401Unauthorized)
            {
                response.Headers.WWWAuthenticate = "Basic realm=\"OCPP\"";
            }
            else if (Status == StatusCodes.Status426UpgradeRequired)
            {
                response.Headers.SecWebSocketVersion = "13";
            }

            response.Headers.Connection = "close";
            response.ContentType = "text/plain; charset=utf-8";
            byte[] body = Encoding.UTF8.GetBytes(Reason + "\n");
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body);
        }
    }
}
