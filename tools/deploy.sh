#!/usr/bin/env bash
# Deploys a built nanoEVSE application image (.bin) to an ESP32 through its ROM bootloader with nanoff.
#
#   tools/deploy.sh <app.bin> <serial port> [target]
#   e.g. tools/deploy.sh firmware/NanoEvse.Loader/bin/Release/NanoEvse.Loader.bin /dev/ttyUSB0 ESP32_REV0
#
# The deploy address comes from partitions.csv (the data partition of subtype 0x84). It is always passed because
# nanoff's built-in default address predates the current nanoCLR layout. Needs the .NET SDK and nanoff
# (dotnet tool install -g nanoff).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 <app.bin> <serial port> [target, default ESP32_REV0]" >&2
    exit 2
fi

image=$1
port=$2
target=${3:-ESP32_REV0}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
partitions="$repo/partitions.csv"

export DOTNET_NOLOGO=1

tooling() {
    dotnet run --project "$repo/tools/NanoEvse.Tooling" --verbosity quiet -- "$@" --file "$partitions"
}

if [[ ! -f "$image" ]]; then
    echo "$0: image '$image' not found; build the device application first" >&2
    exit 1
fi

if ! command -v nanoff >/dev/null 2>&1; then
    echo "$0: nanoff not found; install it with: dotnet tool install -g nanoff" >&2
    exit 1
fi

# Both commands validate partitions.csv first and fail with its problems.
tooling check-image --image "$image"
address=$(tooling deploy-address | tail -n 1)
if [[ ! $address =~ ^0x[0-9A-F]+$ ]]; then
    echo "$0: could not read the deploy address from $partitions (got '$address')" >&2
    exit 1
fi

echo "Deploying $image to $target on $port at $address"
nanoff --target "$target" --serialport "$port" --deploy --image "$image" --address "$address"
