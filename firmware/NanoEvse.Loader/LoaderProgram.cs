using System;
using System.Reflection;
using System.Threading;
using nanoFramework.Runtime.Native;
using NanoEvse.Hal;
using NanoEvse.Hal.Esp32;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Loader
{
    /// <summary>
    /// The application in the deploy partition, kept small and rarely changed: chooses the charger's assemblies
    /// (<see cref="SlotSelector"/>: the slot on trial, the confirmed one, or those built into the image), loads a
    /// slot's with Assembly.Load, and starts the charger by reflection. It links none of the charger's types, so a
    /// slot's assemblies are never confused with the built-in ones. A slot that cannot be loaded is marked failed
    /// and the device reboots: an assembly cannot be unloaded, so the other choice needs a fresh start.
    /// </summary>
    public static class LoaderProgram
    {
        /// <summary>Raised only when the loader changes in a way packages must know (they name a minimum).</summary>
        public const int LoaderVersion = 1;

        public const string EntryAssembly = "NanoEvse.Device";
        public const string EntryType = "NanoEvse.Device.ChargerEntry";
        public const string EntryMethod = "Run";

        private const string Component = "loader";
        private const int RebootGraceMs = 2000;

        public static void Main()
        {
            DebugLog log = new DebugLog();
            LittleFsFileStore flash = new LittleFsFileStore();
            SlotChoice choice = SlotSelector.Choose(flash, LoaderVersion);
            if (choice.Refusals.Length > 0)
            {
                log.Write(LogLevel.Warning, Component, choice.Refusals);
            }

            Assembly entry;
            string version;
            try
            {
                if (choice.Slot == null)
                {
                    entry = Assembly.Load(EntryAssembly);
                    version = entry.GetName().Version.ToString();
                }
                else
                {
                    entry = SlotLoader.Load(flash, choice, EntryAssembly, log);
                    version = choice.Manifest.Version;
                }
            }
            catch (Exception e)
            {
                GiveUp(flash, choice.Slot, true, log, "cannot load slot " + choice.Slot + ": " + e.Message);
                return;
            }

            log.Write(LogLevel.Info, Component, "starting version " + version + (choice.Slot == null ? " (built in)" : " from slot " + choice.Slot));
            try
            {
                MethodInfo run = entry.GetType(EntryType).GetMethod(EntryMethod);
                run.Invoke(null, new object[] { choice.Slot, version, LoaderVersion });
            }
            catch (Exception e)
            {
                // A confirmed slot has run before: one failure is not enough to drop it, a trial's is.
                GiveUp(flash, choice.Slot, false, log, "the charger stopped: " + e.Message);
            }
        }

        /// <summary>
        /// Marks the slot failed (a trial ends at the next boot; a confirmed slot is dropped when <paramref name="dropConfirmed"/>)
        /// and reboots, since nothing restarts the ESP32 by itself.
        /// </summary>
        private static void GiveUp(LittleFsFileStore flash, string slot, bool dropConfirmed, DebugLog log, string why)
        {
            log.Write(LogLevel.Error, Component, why);
            if (slot != null)
            {
                try
                {
                    SlotTable table = SlotTable.Load(flash);
                    if (table.Trial == slot)
                    {
                        table.TrialBoots = SlotTable.MaxTrialBoots;
                    }
                    else if (dropConfirmed && table.Active == slot)
                    {
                        table.Active = null;
                    }

                    table.Save(flash);
                }
                catch (Exception e)
                {
                    log.Write(LogLevel.Error, Component, "cannot mark slot " + slot + " failed: " + e.Message);
                }
            }

            Thread.Sleep(RebootGraceMs);
            Power.RebootDevice();
        }
    }
}
