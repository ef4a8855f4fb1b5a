; A037700: Base 9 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,3,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%4, c(n) = 9*c(n-1)+(b(n-1)+1)%4, b(0) = 0, c(0) = 0
; 1,11,102,918,8263,74369,669324,6023916,54215245,487937207,4391434866,39522913794,355706224147,3201356017325,28812204155928,259309837403352,2333788536630169

#offset 1

lpb $0
  add $1,1
  mul $2,9
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
