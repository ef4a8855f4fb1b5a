; A192491: Molecular topological indices of the complete tripartite graphs K_{n,n,n}.
; 24,240,864,2112,4200,7344,11760,17664,25272,34800,46464,60480,77064,96432,118800,144384,173400,206064,242592,283200,328104,377520,431664,490752,555000,624624,699840,780864,867912,961200

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,1
sub $0,1
add $0,1
mul $0,2
mov $1,$0
lpb $1
  sub $1,2
  sub $2,2
  sub $4,$3
  sub $0,2
  lpb $0
    sub $0,1
    trn $3,$2
    sub $2,12
  lpe
lpe
mov $0,$4
div $0,-2
sub $0,8
mul $0,3
add $0,24
