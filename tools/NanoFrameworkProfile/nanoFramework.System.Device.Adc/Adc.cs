// Declaration-only reference profile of nanoFramework.System.Device.Adc 1.1.24 (only what the adapters need).
namespace System.Device.Adc
{
    public enum AdcChannelMode
    {
        SingleEnded = 0,
        Differential = 1,
    }

    /// <summary>Only one instance may exist; a second constructor call throws InvalidOperationException.</summary>
    public sealed class AdcController
    {
        public AdcController() => throw null;

        public int ChannelCount => throw null;
        public AdcChannelMode ChannelMode { get => throw null; set => throw null; }
        public int MaxValue => throw null;
        public int MinValue => throw null;
        public int ResolutionInBits => throw null;

        public bool IsChannelModeSupported(AdcChannelMode channelMode) => throw null;
        public AdcChannel OpenChannel(int channelNumber) => throw null;
    }

    public abstract class AdcChannelBase
    {
        public abstract int ReadValue();
    }

    public class AdcChannel : AdcChannelBase, IDisposable
    {
        private AdcChannel() { }

        public override int ReadValue() => throw null;
        public void Dispose() => throw null;
    }
}
