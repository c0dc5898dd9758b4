// Declaration-only reference profile of nanoFramework.Runtime.Events 1.11.32 (only what the firmware needs).
namespace nanoFramework.Runtime.Events
{
    public enum EventCategory
    {
        Unknown = 0,
        Custom = 10,
        Gpio = 20,
        SerialDevice = 30,
        Network = 40,
        WiFi = 50,
        Can = 60,
        Storage = 70,
        Radio = 80,
    }
}
