// Declaration-only reference profile of nanoFramework.Json 2.2.210 (not for the OCPP wire path; see DESIGN.md).
namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object oSource) => throw null;
        public static object DeserializeObject(string sourceString, System.Type type) => throw null;
    }
}
