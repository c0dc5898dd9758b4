using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace NanoEvse.Emulator.Dashboard
{
    /// <summary>
    /// Where the main loop and the web server meet: the latest state the main loop published, the newest log events
    /// (from whichever thread logged them), and the page's commands queued for the main loop, which alone touches the
    /// charger.
    /// </summary>
    public sealed class DashboardFeed
    {
        public const int MaxEvents = 80;

        private readonly object _gate = new object();
        private readonly Queue<EventView> _events = new Queue<EventView>();
        private readonly ConcurrentQueue<DashboardCommand> _commands = new ConcurrentQueue<DashboardCommand>();
        private DashboardState _latest = new DashboardState();
        private bool _closed;

        /// <summary>Called after a command is queued, so a sleeping main loop takes it at once.</summary>
        public Action Arrived { get; set; }

        /// <summary>The last state published, with the newest events.</summary>
        public DashboardState Latest
        {
            get
            {
                DashboardState state = Volatile.Read(ref _latest);
                lock (_gate)
                {
                    return state.WithEvents(new List<EventView>(_events));
                }
            }
        }

        public void Publish(DashboardState state)
        {
            Volatile.Write(ref _latest, state);
        }

        /// <summary>Keeps frames, notes and log lines; multi-line text (help, the summary) and clock lines stay on the console.</summary>
        public void Observe(LogEvent entry)
        {
            string text;
            switch (entry.Kind)
            {
                case "frame":
                    text = entry.Frame;
                    break;
                case "note":
                    text = entry.Message;
                    break;
                case "log":
                    text = entry.Level + " " + entry.Component + ": " + entry.Message;
                    break;
                default:
                    return;
            }

            lock (_gate)
            {
                if (_events.Count == MaxEvents)
                {
                    _events.Dequeue();
                }

                _events.Enqueue(new EventView { Time = entry.Time, Kind = entry.Kind, Direction = entry.Direction, Text = text });
            }
        }

        /// <summary>Queues a command for the main loop; once the run is over it is refused at once.</summary>
        public void Submit(DashboardCommand command)
        {
            lock (_gate)
            {
                if (_closed)
                {
                    command.Complete("the emulator is stopping");
                    return;
                }

                _commands.Enqueue(command);
            }

            Arrived?.Invoke();
        }

        public bool TryTake(out DashboardCommand command)
        {
            return _commands.TryDequeue(out command);
        }

        /// <summary>The run is over: commands still queued, and any later, are refused.</summary>
        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
            }

            while (_commands.TryDequeue(out DashboardCommand command))
            {
                command.Complete("the emulator is stopping");
            }
        }
    }
}
