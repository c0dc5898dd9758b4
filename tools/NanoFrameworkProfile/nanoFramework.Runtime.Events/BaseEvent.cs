// Declaration-only reference profile of nanoFramework.Runtime.Events 1.11.32 (only what the firmware needs).
namespace nanoFramework.Runtime.Events
{
    /// <summary>Base of the runtime's event classes (GPIO value changes among them).</summary>
    public class BaseEvent
    {
        public ushort Source;
        public byte Message;
    }
}
