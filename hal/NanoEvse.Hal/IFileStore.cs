namespace NanoEvse.Hal
{
    /// <summary>
    /// The charger's flash as a flat set of small named files. Every call is one file-system operation and
    /// so one point where power can fail; failures throw <see cref="System.IO.IOException"/>.
    /// </summary>
    public interface IFileStore
    {
        /// <summary>The whole file, or null when it does not exist.</summary>
        byte[] Read(string name);

        /// <summary>Creates or truncates the file, writes the first <paramref name="count"/> bytes and closes it.</summary>
        void Write(string name, byte[] data, int count);

        /// <summary>Adds bytes at the end of the file (creating it when missing) and closes it.</summary>
        void Append(string name, byte[] data, int count);

        /// <summary>Gives a file a new name; no file may have that name yet.</summary>
        void Rename(string from, string to);

        /// <summary>Removes the file; a missing file is not an error.</summary>
        void Delete(string name);

        /// <summary>The names of all files, in no particular order.</summary>
        string[] List();
    }
}
