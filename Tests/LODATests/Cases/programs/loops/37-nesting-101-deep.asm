; case: nesting 101 deep
; from: spec §12, edge case 37
; expect:
; error: Maximum stack size exceeded: 100
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpb $0
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
lpe
