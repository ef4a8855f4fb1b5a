; A071044: Number of ON cells at generation n of 1-D CA defined by Rule 22, starting with a single ON cell.
; 1,3,2,6,2,6,4,12,2,6,4,12,4,12,8,24,2,6,4,12,4,12,8,24,4,12,8,24,8,24,16,48,2,6,4,12,4,12,8,24,4,12,8,24,8,24,16,48,4,12,8,24,8,24,16,48,8,24,16,48,16,48,32,96,2,6,4,12,4,12,8,24,4,12,8,24,8,24,16,48

mov $1,6
lpb $0
  lpb $0
    dif $0,2
    mov $1,3
  lpe
  add $2,$1
  mul $2,2
  trn $0,1
lpe
mov $0,$2
div $0,6
add $0,1
