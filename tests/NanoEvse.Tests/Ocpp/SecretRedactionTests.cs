using NanoEvse.Ocpp.Rpc;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    public class SecretRedactionTests
    {
        [Theory]
        [InlineData("[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"value\":\"s3cr3t-s3cr3t-s3cr3t\"}]")]
        [InlineData("[2,\"1\",\"ChangeConfiguration\",{\"value\":\"s3cr3t-s3cr3t-s3cr3t\",\"key\":\"AUTHORIZATIONKEY\"}]")]
        [InlineData("[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"VALUE\":\"s3cr3t-s3cr3t-s3cr3t\"}]")]
        [InlineData("[2,\"1\",\"ChangeConfiguration\",{\"key\":\"AuthorizationKey\",\"v\":\"s3cr3t-s3cr3t-s3cr3t\"}]")]
        public void A_frame_naming_AuthorizationKey_loses_everything_from_its_value_on(string frame)
        {
            string logged = SecretRedaction.Redact(frame);

            Assert.DoesNotContain("s3cr3t", logged);
            Assert.Contains(SecretRedaction.Marker, logged);
        }

        [Fact]
        public void Other_frames_are_logged_as_they_are()
        {
            const string frame = "[2,\"1\",\"ChangeConfiguration\",{\"key\":\"HeartbeatInterval\",\"value\":\"60\"}]";

            Assert.Same(frame, SecretRedaction.Redact(frame));
        }
    }
}
