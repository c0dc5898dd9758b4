using System;
using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace NanoEvse.Tests.Project
{
    /// <summary>What MSBuild evaluates a project's properties to (`dotnet msbuild -getProperty`), as the real build would see them.</summary>
    public static class MsBuildProperties
    {
        /// <summary>The "Properties" object of the evaluation: one string per requested name.</summary>
        public static JsonElement Evaluate(string project, params string[] names)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("msbuild");
            start.ArgumentList.Add(project);
            start.ArgumentList.Add("-nologo");
            foreach (string name in names)
            {
                start.ArgumentList.Add("-getProperty:" + name);
            }

            using (Process msbuild = Process.Start(start))
            {
                string output = msbuild.StandardOutput.ReadToEnd();
                string errors = msbuild.StandardError.ReadToEnd();
                msbuild.WaitForExit();
                Assert.True(msbuild.ExitCode == 0, output + errors);
                return JsonDocument.Parse(output).RootElement.GetProperty("Properties").Clone();
            }
        }
    }
}
