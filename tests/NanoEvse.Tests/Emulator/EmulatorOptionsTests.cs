using NanoEvse.Emulator;
using Xunit;

namespace NanoEvse.Tests.Emulator
{
    public class EmulatorOptionsTests
    {
        [Fact]
        public void Profile_data_dir_and_repeated_config_are_read_in_order()
        {
            EmulatorOptions options = EmulatorOptions.Parse(new[]
            {
                "--profile", "Product-B", "--data-dir", "flash", "--config", "HeartbeatInterval=42",
                "--config", "MeterValuesSampledData=", "--config", "Odd=a=b",
            }, out string error);

            Assert.Null(error);
            Assert.Equal("product-b", options.ProfileName);
            Assert.Equal("flash", options.DataDirectory);
            Assert.Collection(options.Configuration,
                p => Assert.Equal(("HeartbeatInterval", "42"), (p.Key, p.Value)),
                p => Assert.Equal(("MeterValuesSampledData", ""), (p.Key, p.Value)),
                p => Assert.Equal(("Odd", "a=b"), (p.Key, p.Value)));
        }

        [Fact]
        public void Without_the_new_options_nothing_is_overridden()
        {
            EmulatorOptions options = EmulatorOptions.Parse(new string[0], out _);

            Assert.Null(options.ProfileName);
            Assert.Null(options.DataDirectory);
            Assert.Empty(options.Configuration);
        }

        [Theory]
        [InlineData("--profile", "product-c", "unknown --profile 'product-c'; choose one of: default, product-a, product-b")]
        [InlineData("--config", "HeartbeatInterval", "--config needs KEY=VALUE")]
        [InlineData("--config", "=42", "--config needs KEY=VALUE")]
        [InlineData("--data-dir", null, "--data-dir needs a value")]
        public void Bad_values_are_refused_with_the_reason(string name, string value, string reason)
        {
            string[] args = value == null ? new[] { name } : new[] { name, value };

            Assert.Null(EmulatorOptions.Parse(args, out string error));
            Assert.Contains(reason, error);
        }
    }
}
