using NanoEvse.ChargePoint.Metering;
using NanoEvse.ChargePoint.Operations;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// One periodic or clock-aligned meter value of a transaction in the journal: sent as MeterValues in its turn,
    /// then kept, when StopTxnSampledData or StopTxnAlignedData want it, for the StopTransaction's transactionData.
    /// </summary>
    public sealed class JournaledValue
    {
        public JournaledValue(int sequence, JournaledTransaction entry, MeterSample sample, string[] measurands)
        {
            Sequence = sequence;
            Entry = entry;
            Sample = sample;
            Measurands = measurands;
        }

        /// <summary>Stored in flash; increases with every value, so one number says how far delivery got.</summary>
        public int Sequence { get; private set; }

        public JournaledTransaction Entry { get; private set; }

        public MeterSample Sample { get; private set; }

        /// <summary>The MeterValuesSampledData or MeterValuesAlignedData measurands in effect when it was taken.</summary>
        public string[] Measurands { get; private set; }

        /// <summary>Position among all transaction messages, oldest first.</summary>
        public int Order;

        /// <summary>Bytes of its record in flash.</summary>
        public int Bytes;

        /// <summary>The CSMS answered its MeterValues, or it was given up.</summary>
        public bool Delivered;

        /// <summary>Read from flash: its time was recorded before that boot's clock was trusted.</summary>
        public bool Untrusted;

        /// <summary>The MeterValues on its way, or null.</summary>
        public MeterValues Call;
    }
}
