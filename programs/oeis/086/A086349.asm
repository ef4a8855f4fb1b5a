; A086349: On a 3 X 3 board, the number of n-move paths for a chess king.
; Formula: a(n) = truncate((c(n+2)+b(n+2))/4), b(n) = truncate(b(n-1)/-1)+d(n-1), c(n) = -2*c(n-1)+(truncate(b(n-1)/-1)+d(n-1)), d(n) = 4*d(n-1)+(truncate(b(n-1)/-1)+d(n-1)), b(0) = 0, c(0) = 0, d(0) = 1
; 1,9,40,200,952,4624,22272,107648,519552,2509056,12113920,58492928,282425344,1363677184,6584401920,31792332800,153506906112,741197021184,3578815578112,17280050659328,83435464425472

add $0,2
mov $1,1
lpb $0
  div $2,-1
  add $2,$1
  mul $3,-2
  add $3,$2
  mul $1,4
  add $1,$2
  sub $0,1
lpe
add $3,$2
mov $0,$3
div $0,4
