using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;

namespace NanoEvse.Reservation
{
    /// <summary>Reservation: ReserveNow, CancelReservation and reserved connectors.</summary>
    public sealed class ReservationModule : IFeatureModule
    {
        public int Feature
        {
            get { return Features.Reservation; }
        }

        public void Attach(Charger charger)
        {
        }

        public void Poll(long nowMs)
        {
        }
    }
}
