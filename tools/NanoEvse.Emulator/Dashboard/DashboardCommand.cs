using System.Threading.Tasks;
using NanoEvse.Emulator.Commands;

namespace NanoEvse.Emulator.Dashboard
{
    /// <summary>A command from the page on its way to the main loop, and the answer the page waits for.</summary>
    public sealed class DashboardCommand
    {
        private readonly TaskCompletionSource<CommandReply> _reply = new TaskCompletionSource<CommandReply>(TaskCreationOptions.RunContinuationsAsynchronously);

        public DashboardCommand(EmulatorCommand command)
        {
            Command = command;
        }

        public EmulatorCommand Command { get; }

        public Task<CommandReply> Reply => _reply.Task;

        /// <param name="problem">Null when the command was carried out, otherwise why not.</param>
        public void Complete(string problem)
        {
            _reply.TrySetResult(new CommandReply { Ok = problem == null, Message = problem ?? "done: " + Command.Text });
        }
    }
}
