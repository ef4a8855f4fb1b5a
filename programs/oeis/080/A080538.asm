; A080538: Number of neutrons in longest known radioactive decay series ending with Lead 207 ("actinium series"), reversed.
; Formula: a(n) = truncate((floor(n*n/31)-(0-n))/2)-(0-n)+125
; 125,126,128,129,131,132,134,136,138,139,141,143,145,147,149,151,153,155,157,159,161

sub $1,$0
mul $0,$0
div $0,31
sub $0,$1
div $0,2
sub $0,$1
add $0,125
