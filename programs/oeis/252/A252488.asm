; A252488: Binary sequence starting with 1 and with run lengths given by the ruler sequence A001511.
; 1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0,0,0,0,1,0

#offset 1

mov $1,$0
add $1,1
lpb $1
  mov $0,-1
  lpb $1
    add $1,$0
    mul $0,2
  lpe
  max $1,1
lpe
div $0,-2
mod $0,2
