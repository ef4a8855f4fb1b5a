; A226280: The perfect numbers produced by the aspiring numbers (A063769).
; Formula: a(n) = 490*lodamod(truncate(((n-1)*(n-1)-1)/48),2)+6
; 6,6,6,6,6,6,6,496,496,496,6,6,6,496,6,6

#offset 1

sub $0,1
mul $0,$0
sub $0,1
div $0,48
mod $0,2
mul $0,490
add $0,6
