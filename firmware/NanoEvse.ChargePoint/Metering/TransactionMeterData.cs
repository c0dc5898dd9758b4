using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>
    /// One transaction's StopTransaction.transactionData: its Transaction.Begin value, the periodic and
    /// clock-aligned values StopTxnSampledData and StopTxnAlignedData ask for, and its Transaction.End value.
    /// Memory stays bounded on the device: at most <see cref="Capacity"/> values are kept, and a full buffer
    /// drops its oldest intermediate value, never Begin or End (errata 3.91).
    /// </summary>
    public sealed class TransactionMeterData
    {
        /// <summary>
        /// The most meterValue elements one transaction keeps, whatever StopTransactionMaxMeterValues says: about
        /// 200 bytes each, so a full buffer stays a small part of a WROOM's ~90 KB managed heap.
        /// </summary>
        public const int Capacity = 64;

        private readonly MeteringSettings _settings;
        private readonly MeterSample _begin = new MeterSample();
        private readonly MeterSample[] _between = new MeterSample[Capacity - 2];
        private MeterSample _end;
        private int _oldest;
        private int _count;

        public TransactionMeterData(MeteringSettings settings, MeterSample begin)
        {
            _settings = settings;
            begin.CopyTo(_begin);
        }

        /// <summary>How many values between Begin and End are kept.</summary>
        public int IntermediateCount
        {
            get { return _count; }
        }

        /// <summary>Keeps a copy of a periodic or clock-aligned value; when full, the oldest such value makes room.</summary>
        public void Add(MeterSample sample)
        {
            MeterSample slot;
            if (_count < _between.Length)
            {
                int index = (_oldest + _count) % _between.Length;
                if (_between[index] == null)
                {
                    _between[index] = new MeterSample();
                }

                slot = _between[index];
                _count++;
            }
            else
            {
                slot = _between[_oldest];
                _oldest = (_oldest + 1) % _between.Length;
            }

            sample.CopyTo(slot);
        }

        /// <summary>The Transaction.End value; nothing is added after it.</summary>
        public void Finish(MeterSample end)
        {
            _end = new MeterSample();
            end.CopyTo(_end);
        }

        /// <summary>Makes every kept value's timestamp final (see <see cref="MeterSample.Settle"/>).</summary>
        public void Settle(ClockTrust trust)
        {
            _begin.Settle(trust);
            for (int i = 0; i < _count; i++)
            {
                Intermediate(i).Settle(trust);
            }

            if (_end != null)
            {
                _end.Settle(trust);
            }
        }

        /// <summary>
        /// Writes "transactionData" unless both StopTxn keys are empty. Begin and End carry the StopTxnSampledData
        /// measurands (StopTxnAlignedData's when that is empty); the newest intermediate values fill the rest of
        /// StopTransactionMaxMeterValues.
        /// </summary>
        public void Write(JsonWriter writer)
        {
            string[] sampled = _settings.StopTxnSampledData.Current;
            string[] aligned = _settings.StopTxnAlignedData.Current;
            if (sampled.Length == 0 && aligned.Length == 0)
            {
                return;
            }

            int room = _settings.StopTransactionMaxValues - (_end == null ? 1 : 2);
            int wanted = 0;
            for (int i = 0; i < _count; i++)
            {
                if (Measurands(Intermediate(i), sampled, aligned).Length > 0)
                {
                    wanted++;
                }
            }

            int skip = room < 0 ? wanted : (wanted > room ? wanted - room : 0);
            string[] boundary = sampled.Length > 0 ? sampled : aligned;
            writer.Name("transactionData");
            writer.BeginArray();
            SampledValueWriter.WriteMeterValue(writer, _begin, boundary);
            for (int i = 0; i < _count; i++)
            {
                MeterSample sample = Intermediate(i);
                string[] measurands = Measurands(sample, sampled, aligned);
                if (measurands.Length == 0)
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                SampledValueWriter.WriteMeterValue(writer, sample, measurands);
            }

            if (_end != null)
            {
                SampledValueWriter.WriteMeterValue(writer, _end, boundary);
            }

            writer.EndArray();
        }

        /// <summary>The <paramref name="index"/>th intermediate value, oldest first.</summary>
        private MeterSample Intermediate(int index)
        {
            return _between[(_oldest + index) % _between.Length];
        }

        private static string[] Measurands(MeterSample sample, string[] sampled, string[] aligned)
        {
            return sample.Context == ReadingContext.SampleClock ? aligned : sampled;
        }
    }
}
