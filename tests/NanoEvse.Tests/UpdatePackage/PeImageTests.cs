using System;
using NanoEvse.UpdatePackage;
using Xunit;

namespace NanoEvse.Tests.UpdatePackage
{
    /// <summary>The loader's checks on an assembly image before Assembly.Load, over headers laid out as nanoFramework 1.x writes them.</summary>
    public class PeImageTests
    {
        [Fact]
        public void A_well_formed_image_passes_and_gives_its_major_and_minor()
        {
            byte[] image = Image(300, major: 2, minor: 5);

            Assert.Null(PeImage.Problem(image, "NanoEvse.App.pe"));
            Assert.Equal((2 << 16) | 5, PeImage.MajorMinor(image));
        }

        [Fact]
        public void An_image_shorter_than_its_header_says_is_refused_before_Load_would_read_past_it()
        {
            byte[] image = Image(300);
            Array.Resize(ref image, 250);

            Assert.Equal("NanoEvse.App.pe: its header gives 300 bytes, the file has 250", PeImage.Problem(image, "NanoEvse.App.pe"));
        }

        [Theory]
        [InlineData(0, 0x41, "not a nanoFramework 1.x assembly (no NFMRK1 marker)")]
        [InlineData(5, (byte)'2', "not a nanoFramework 1.x assembly (no NFMRK1 marker)")]
        [InlineData(16, 1, "an assembly header this loader does not know")]
        [InlineData(38, 2, "an assembly header this loader does not know")]
        [InlineData(104, 1, "an assembly header this loader does not know")]
        [InlineData(20, 0x5A, "has native methods, which an assembly loaded from a file cannot call")]
        public void A_header_the_loader_cannot_use_is_refused_with_its_reason(int offset, byte value, string reason)
        {
            byte[] image = Image(300);
            image[offset] = value;

            Assert.Equal("x.pe: " + reason, PeImage.Problem(image, "x.pe"));
        }

        [Fact]
        public void A_file_shorter_than_a_header_is_refused()
        {
            Assert.Equal("x.pe: shorter than an assembly header", PeImage.Problem(new byte[100], "x.pe"));
        }

        private static byte[] Image(int size, int major = 1, int minor = 0)
        {
            byte[] image = new byte[size];
            "NFMRK1"u8.CopyTo(image);
            BitConverter.GetBytes((ushort)major).CopyTo(image, 28);
            BitConverter.GetBytes((ushort)minor).CopyTo(image, 30);
            BitConverter.GetBytes((ushort)1).CopyTo(image, 38);
            BitConverter.GetBytes((uint)size).CopyTo(image, 100);
            return image;
        }
    }
}
