; case: seq negative id
; from: spec §12, edge case 35
; expect:
; error: Invalid UID domain: '@'
seq $0,-1
