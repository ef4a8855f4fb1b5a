; A307802: Number of palindromic octagonal numbers of length n whose index is also palindromic.
; 3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
sub $0,1
sub $0,1
mul $0,-1
mul $0,2
trn $0,2
div $0,2
mul $0,3
