using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Modules;

namespace NanoEvse.RemoteTrigger
{
    /// <summary>Remote Trigger: TriggerMessage, and the messages it triggers that the core does not send itself.</summary>
    public sealed class RemoteTriggerModule : IFeatureModule
    {
        private TriggeredMessages _triggered;

        public int Feature
        {
            get { return Features.RemoteTrigger; }
        }

        public void Attach(Charger charger)
        {
            _triggered = new TriggeredMessages(charger);
            charger.Router.Register(new TriggerMessage(charger, _triggered));
        }

        public void Poll(long nowMs)
        {
            _triggered.Poll(nowMs);
        }
    }
}
