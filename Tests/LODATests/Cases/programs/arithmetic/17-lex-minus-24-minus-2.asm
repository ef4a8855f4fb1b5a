; case: lex -24,-2
; from: spec §12, edge case 17
; expect: 3
mov $0,-24
lex $0,-2
