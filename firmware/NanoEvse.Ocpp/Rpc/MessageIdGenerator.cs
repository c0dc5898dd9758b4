namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>
    /// Message ids unique for this charger across connections and restarts: a random per-boot prefix
    /// plus a counter, at most 19 characters (OCPP-J allows 36).
    /// </summary>
    public sealed class MessageIdGenerator
    {
        private readonly string _prefix;
        private int _counter;

        public MessageIdGenerator(int bootNonce)
        {
            char[] hex = new char[9];
            uint value = (uint)bootNonce;
            for (int i = 7; i >= 0; i--)
            {
                int digit = (int)(value & 0xF);
                hex[i] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
                value >>= 4;
            }

            hex[8] = '-';
            _prefix = new string(hex);
        }

        public string Next()
        {
            _counter++;
            if (_counter < 0)
            {
                _counter = 1;
            }

            return _prefix + _counter.ToString();
        }
    }
}
