; case: seq missing program
; from: spec §12, edge case 34
; expect:
; error: Error opening file: {programs}/oeis/999/A999999.asm
seq $0,999999
