#!/usr/bin/env bash
# Runs a firmware ELF in QEMU: the one place that knows which QEMU machine
# and instruction-count setting go with which chip. `cargo run` uses it
# (.cargo/config.toml), and so do the tests and scripts.
#
#   firmware/qemu-run.sh ELF
#
# The machine follows from where the ELF is linked (build.rs picks the chip):
# - STM32F405 (flash at 0x08000000): netduinoplus2, `-icount shift=0`, one
#   TIM2 tick per instruction;
# - nRF51 (flash at 0x00000000): microbit, `-icount shift=7`, SysTick at
#   2.048 ticks per instruction.
# QEMU needs semihosting enabled (the firmware prints and exits through it).
set -euo pipefail
elf=${1:?usage: qemu-run.sh ELF}
command -v qemu-system-arm >/dev/null || {
  echo "error: qemu-system-arm is missing: apt-get install -y qemu-system-arm (or make setup)" >&2
  exit 1
}
# ELF32 e_entry, 4 bytes little-endian at offset 24: the reset handler's address.
entry=$(od -An -t x4 -j 24 -N 4 "$elf" | tr -d ' \n')
case "$entry" in
  08*) machine=netduinoplus2 shift=0 ;;
  000*) machine=microbit shift=7 ;;
  *) echo "error: $elf: entry point 0x$entry is in neither the STM32F405's nor the nRF51's flash" >&2; exit 1 ;;
esac
exec qemu-system-arm -machine "$machine" -nographic \
  -semihosting-config enable=on,target=native -icount "shift=$shift" -kernel "$elf"
