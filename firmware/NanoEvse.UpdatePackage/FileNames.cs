namespace NanoEvse.UpdatePackage
{
    /// <summary>
    /// The names a package may give its files. The device stores each under its name, so a name must not reach
    /// another folder or drive, nor hold a character a FAT volume refuses; two names differing only in case would
    /// be one file there.
    /// </summary>
    internal static class FileNames
    {
        public const int MaxLength = 64;
        public const string Extension = ".pe";

        /// <summary>What is wrong with <paramref name="name"/> (already at most <see cref="MaxLength"/> long), or null.</summary>
        public static string Problem(string name)
        {
            char[] text = name.ToCharArray();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|')
                {
                    return "must be a plain file name, without / \\ : * ? \" < > | or control characters";
                }

                if (c == '.' && i + 1 < text.Length && text[i + 1] == '.')
                {
                    return "must not contain ..";
                }
            }

            int stem = text.Length - Extension.Length;
            if (stem < 1 || text[stem] != '.' || text[stem + 1] != 'p' || text[stem + 2] != 'e')
            {
                return "must be a name ending in " + Extension;
            }

            return null;
        }

        /// <summary>Whether two names would be one file on a case-insensitive volume (ASCII letters fold).</summary>
        public static bool Same(string a, string b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            char[] x = a.ToCharArray();
            char[] y = b.ToCharArray();
            for (int i = 0; i < x.Length; i++)
            {
                if (Fold(x[i]) != Fold(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static char Fold(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }
    }
}
