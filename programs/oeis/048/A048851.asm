; A048851: Length of hypotenuse squared in right triangle formed by a prime spiral plotted in Cartesian coordinates.
; Formula: a(n) = (0-c(max(n-2,0)+2))*(0-c(max(n-2,0)+2))+b(max(n-2,0)+2)+(-5*(n-1==0)), b(n) = c(n-1)*c(n-1), c(n) = A151800(c(n-1)), b(0) = 0, c(0) = 0
; 8,13,34,74,170,290,458,650,890,1370,1802,2330,3050,3530,4058,5018,6290,7202,8210,9530,10370,11570,13130,14810,17330,19610,20810,22058,23330,24650,28898,33290,35930,38090,41522,45002,47450,51218,54458

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
add $0,2
lpb $0
  mov $2,$3
  mul $2,$2
  seq $3,151800
  sub $0,1
lpe
sub $0,$3
mul $0,$0
add $0,$2
equ $1,0
mul $1,-5
add $0,$1
