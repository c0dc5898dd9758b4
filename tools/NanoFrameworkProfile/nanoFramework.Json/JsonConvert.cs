// Declaration-only reference profile of nanoFramework.Json 2.2.210 (for device-side documents only: it writes null for absent fields and enums as numbers, so never on the OCPP wire).
namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object oSource) => throw null;
        public static object DeserializeObject(string sourceString, System.Type type) => throw null;
    }
}
