; A169113: Number of reduced words of length n in Coxeter group on 4 generators S_i with relations (S_i)^2 = (S_i S_j)^26 = I.
; 1,4,12,36,108,324,972,2916,8748,26244,78732,236196,708588,2125764,6377292,19131876,57395628,172186884,516560652,1549681956,4649045868,13947137604,41841412812,125524238436,376572715308,1129718145924

sub $0,1
add $0,1
add $0,1
sub $0,1
add $2,1
mov $1,$0
sub $2,5
lpb $1
  sub $1,1
  mul $2,3
lpe
mov $0,$2
div $0,2
mul $0,3
mul $0,7
div $0,3
mul $0,8
div $0,-7
mul $0,2
div $0,6
add $0,4
sub $0,4
add $0,1
sub $0,5
div $0,2
div $0,2
add $0,1
