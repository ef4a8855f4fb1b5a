; A037663: Base 7 digits are, in order, the first n terms of the periodic sequence with initial period 3,1,0.
; Formula: a(n) = c(n), b(n) = lodamod(A105062(b(n-1)+27),4), c(n) = 7*c(n-1)+lodamod(A105062(b(n-1)+27),4), b(0) = 0, c(0) = 0
; 3,22,154,1081,7568,52976,370835,2595846,18170922,127196457,890375200,6232626400,43628384803,305398693622,2137790855354,14964535987481,104751751912368,733262263386576,5132835843706035

#offset 1

lpb $0
  add $1,27
  mul $2,7
  seq $1,105062
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
