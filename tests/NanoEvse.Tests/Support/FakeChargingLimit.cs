using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Sessions;

namespace NanoEvse.Tests.Support
{
    /// <summary>Stands in for the Smart Charging module: the limit in force, set by the test, the same on every connector.</summary>
    public sealed class FakeChargingLimit : IChargingLimit
    {
        /// <summary>In 0.1 A per phase; int.MaxValue for no limit.</summary>
        public int DeciAmps { get; set; } = int.MaxValue;

        public int LimitDeciAmps(int connectorId) => DeciAmps;

        /// <summary>Puts a fake limit of <paramref name="deciAmps"/> on <paramref name="charger"/>, as the module's Attach will.</summary>
        public static FakeChargingLimit On(Charger charger, int deciAmps = int.MaxValue)
        {
            FakeChargingLimit limit = new FakeChargingLimit { DeciAmps = deciAmps };
            charger.Charging.Limit = limit;
            return limit;
        }
    }
}
