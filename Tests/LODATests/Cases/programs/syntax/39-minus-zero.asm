; case: minus zero
; from: spec §12, edge case 39
; expect:
; error: {file}:5:8: Error parsing number
mov $0,-0
