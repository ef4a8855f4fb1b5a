; A133510: Number of primitive H-invariant prime ideals in O_q(M_{2,n}) generic quantum matrices.
; 2,5,17,53,167,515,1577,4793,14507,43775,131837,396533,1191647,3579035,10745297,32252273,96789587,290434295,871433957,2614564013,7844216327,23533697555,70603189817,211813763753,635449679867,1906365816815

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,-1
add $0,1
pow $3,$2
sub $3,6
mov $1,$0
add $1,1
lpb $1
  sub $1,1
  add $2,$2
  sub $2,$3
  mul $3,3
lpe
mov $0,$2
div $0,-6
div $0,-2
div $0,5
mul $0,3
add $0,2
