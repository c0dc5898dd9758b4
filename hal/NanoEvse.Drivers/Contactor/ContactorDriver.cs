using NanoEvse.Drivers.Bus;
using NanoEvse.Hal.Evse;

namespace NanoEvse.Drivers.Contactor
{
    /// <summary>
    /// A mains contactor: one output drives the coil, one input reads the auxiliary (mirror) contact. IsClosed
    /// reports the contact, not the command, so a welded contactor (closed while commanded open) or one that does
    /// not pull in is visible to the charger core. Without a feedback contact IsClosed can only echo the command.
    /// </summary>
    public sealed class ContactorDriver : IContactor
    {
        private readonly IDigitalOutput _coil;
        private readonly IDigitalInput _feedback;
        private bool _commanded;

        /// <param name="feedback">The auxiliary contact (true = main contacts closed), or null when the contactor has none.</param>
        public ContactorDriver(IDigitalOutput coil, IDigitalInput feedback)
        {
            _coil = coil;
            _feedback = feedback;
            Command(false);
        }

        public bool IsClosed
        {
            get { return _feedback == null ? _commanded : _feedback.Read(); }
        }

        public void Command(bool closed)
        {
            _commanded = closed;
            _coil.Write(closed);
        }
    }
}
