; case: nesting 100 deep
; from: written here
; expect: 0
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
