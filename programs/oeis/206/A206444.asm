; A206444: Least n such that L(n)<-1 and L(n)<L(n-1), where L(k) means the least root of the polynomial p(k,x) defined at A206284, and a(1)=13.
; 13,53,213,853,3413,13653,54613,218453,873813,3495253

#offset 1

sub $0,1
add $3,3
lpb $0
  sub $0,1
  add $3,$3
lpe
mov $0,$3
pow $0,2
mul $0,3
div $0,81
mul $0,40
add $0,13
