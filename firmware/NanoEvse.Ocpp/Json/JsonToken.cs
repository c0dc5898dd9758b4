namespace NanoEvse.Ocpp.Json
{
    public enum JsonToken
    {
        None,
        StartObject,
        EndObject,
        StartArray,
        EndArray,
        PropertyName,
        String,
        Number,
        True,
        False,
        Null,
        EndOfInput
    }
}
