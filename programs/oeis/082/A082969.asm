; A082969: Numbers n such that (n/4)^2-n/8=sum(k=1,n, k mod sum(i=0,k-1,1-t(i))) where t(i)=A010060(i) is the Thue-Morse sequence.
; 2,10,18,34,58,66,90,106,114,130,154,170,178,202,210,226,250,258,282,298,306,330,338,354,378,394,402,418,442,450,474,490,498,514,538,554,562,586,594,610,634,650,658,674,698,706,730,746,754,778,786,802,826

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
mov $3,$0
sub $1,-1
add $0,1
sub $0,-1
add $0,1
mov $2,$0
lpb $2
  add $1,$0
  sub $2,-2
  div $2,2
  mov $0,$2
lpe
gcd $0,$1
mov $4,$3
mul $4,-2
add $0,$4
sub $0,-1
sub $0,4
add $0,1
lpb $2
  sub $2,1
  add $0,1
lpe
sub $0,1
div $0,-1
add $0,1
mul $0,2
add $0,3
sub $0,-1
mul $0,4
add $0,2
