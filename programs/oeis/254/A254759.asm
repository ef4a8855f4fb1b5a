; A254759: Part of the positive proper solutions y of the Pell equation x^2 - 2*y^2 = - 7^2 based on the fundamental solution (x0, y0)= (1, 5).
; 5,17,97,565,3293,19193,111865,651997,3800117,22148705,129092113,752403973,4385331725,25559586377,148972186537,868273532845,5060669010533,29495740530353,171913774171585,1001986904499157

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,4
mov $1,$0
lpb $1
  sub $1,1
  sub $2,$3
  sub $2,3
  sub $2,$3
  sub $2,$3
  sub $2,$3
  trn $3,$2
  sub $2,2
lpe
mov $0,$3
add $0,2
sub $0,2
mul $0,4
add $0,5
