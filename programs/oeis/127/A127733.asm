; A127733: Square of A127648 = Triangle read by rows, n^2 preceded by (n-1) zeros.
; 1,0,4,0,0,9,0,0,0,16,0,0,0,0,25,0,0,0,0,0,36,0,0,0,0,0,0,49

#offset 1

lpb $0
  add $1,1
  sub $0,$1
lpe
fac $2,$0
mul $1,$1
mul $1,$2
mov $0,$1
