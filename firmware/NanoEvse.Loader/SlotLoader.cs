using System;
using System.Reflection;
using NanoEvse.Hal;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Loader
{
    /// <summary>
    /// Loads a slot's assemblies in manifest order (dependencies first, as the packager was given them). Each image
    /// is read into one array of its exact size, checked, and handed to Assembly.Load, which keeps that array as the
    /// live code. A slot assembly must not share name and major.minor with a built-in one: a reference binds to the
    /// first loaded match, and the built-in ones load first.
    /// </summary>
    public static class SlotLoader
    {
        private const string Component = "loader";

        /// <summary>The slot's <paramref name="entryName"/> assembly, loaded with everything before it; throws when one cannot be.</summary>
        public static Assembly Load(IFileStore flash, SlotChoice choice, string entryName, ILog log)
        {
            Assembly entry = null;
            PackageFile[] files = choice.Manifest.Files;
            for (int i = 0; i < files.Length; i++)
            {
                string name = files[i].Name;
                string assemblyName = name.Substring(0, name.Length - 3);
                byte[] image = flash.Read(SlotFiles.FileOf(choice.Slot, name));
                if (image == null || image.Length != files[i].Size)
                {
                    throw new Exception(name + " changed since the slot was checked");
                }

                string problem = PeImage.Problem(image, name);
                if (problem == null)
                {
                    problem = ClashWithBuiltIn(assemblyName, image);
                }

                if (problem != null)
                {
                    throw new Exception(problem);
                }

                Assembly loaded = Assembly.Load(image);
                log.Write(LogLevel.Info, Component, "loaded " + name + " (" + image.Length + " B)");
                if (assemblyName == entryName)
                {
                    entry = loaded;
                }
            }

            if (entry == null)
            {
                throw new Exception("slot " + choice.Slot + " has no " + entryName);
            }

            return entry;
        }

        private static string ClashWithBuiltIn(string assemblyName, byte[] image)
        {
            Assembly builtIn;
            try
            {
                builtIn = Assembly.Load(assemblyName);
            }
            catch (ArgumentException)
            {
                return null;
            }

            Version version = builtIn.GetName().Version;
            return ((version.Major << 16) | version.Minor) == PeImage.MajorMinor(image)
                ? assemblyName + " has the built-in copy's version " + version.Major + "." + version.Minor + "; a package must raise major or minor"
                : null;
        }
    }
}
