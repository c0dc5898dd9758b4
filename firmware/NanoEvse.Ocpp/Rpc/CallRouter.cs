using System.Collections;

namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// Finds the handler for an incoming action. An OCPP action we have no handler for is answered
    /// NotSupported; a name OCPP 1.6 does not define is NotImplemented.
    /// </summary>
    public sealed class CallRouter
    {
        private static readonly string[] OcppActions =
        {
            "Authorize", "BootNotification", "CancelReservation", "CertificateSigned", "ChangeAvailability",
            "ChangeConfiguration", "ClearCache", "ClearChargingProfile", "DataTransfer", "DeleteCertificate",
            "DiagnosticsStatusNotification", "ExtendedTriggerMessage", "FirmwareStatusNotification",
            "GetCompositeSchedule", "GetConfiguration", "GetDiagnostics", "GetInstalledCertificateIds",
            "GetLocalListVersion", "GetLog", "Heartbeat", "InstallCertificate", "LogStatusNotification",
            "MeterValues", "RemoteStartTransaction", "RemoteStopTransaction", "ReserveNow", "Reset",
            "SecurityEventNotification", "SendLocalList", "SetChargingProfile", "SignCertificate",
            "SignedFirmwareStatusNotification", "SignedUpdateFirmware", "StartTransaction", "StatusNotification",
            "StopTransaction", "TriggerMessage", "UnlockConnector", "UpdateFirmware"
        };

        private readonly Hashtable _handlers = new Hashtable();

        public void Register(ICallHandler handler)
        {
            _handlers[handler.Action] = handler;
        }

        /// <summary>The handler for <paramref name="action"/>, or null.</summary>
        public ICallHandler Find(string action)
        {
            return (ICallHandler)_handlers[action];
        }

        /// <summary>The CALLERROR code for an action without a handler.</summary>
        public static string UnhandledErrorCode(string action)
        {
            for (int i = 0; i < OcppActions.Length; i++)
            {
                if (OcppActions[i] == action)
                {
                    return CallErrorCode.NotSupported;
                }
            }

            return CallErrorCode.NotImplemented;
        }
    }
}
