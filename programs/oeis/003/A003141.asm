; A003141: Minimal number of arcs whose reversal yields a transitive tournament.
; 0,0,0,1,1,3,4,7,8,12,15,20,22,28

lpb $0
  sub $0,1
  add $1,$0
  sub $2,2
  mul $1,$2
  add $1,$0
  sub $0,1
  div $1,$2
lpe
mov $0,$1
