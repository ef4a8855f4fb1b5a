; case: lex 0,2
; from: spec §12, edge case 17
; expect: 0
mov $0,0
lex $0,2
