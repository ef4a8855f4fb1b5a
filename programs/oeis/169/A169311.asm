; A169311: Number of reduced words of length n in Coxeter group on 10 generators S_i with relations (S_i)^2 = (S_i S_j)^30 = I.
; 1,10,90,810,7290,65610,590490,5314410,47829690,430467210,3874204890,34867844010,313810596090,2824295364810,25418658283290,228767924549610,2058911320946490,18530201888518410,166771816996665690

add $0,1
sub $0,1
sub $3,2
add $0,1
sub $0,1
sub $3,5
mov $1,$0
add $1,$1
lpb $1
  sub $1,1
  mov $0,$2
  sub $3,2
  mul $3,3
lpe
add $0,$3
div $0,6
mul $0,4
div $0,-6
add $0,1
