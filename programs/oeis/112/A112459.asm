; A112459: Absolute value of coefficient of term [x^(n-3)] in characteristic polynomial of maximum matrix A of size n X n, where n >= 3. Maximum matrix A(i,j) is MAX(i,j), where indices i and j run from 1 to n.
; Formula: a(n) = truncate((10*binomial(n+2,6)-6*binomial(0-(n-3)-1,5))/2)
; 3,23,98,308,798,1806,3696,6996,12441,21021,34034,53144,80444,118524,170544,240312,332367,452067

#offset 3

sub $0,3
sub $1,$0
sub $1,1
add $0,5
bin $1,5
bin $0,6
mul $0,10
mul $1,6
sub $0,$1
div $0,2
